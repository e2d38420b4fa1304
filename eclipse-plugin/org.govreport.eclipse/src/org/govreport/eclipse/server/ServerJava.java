package org.govreport.eclipse.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java that runs the language server: the one configured in the preferences, else the one that
 * runs Eclipse. The server needs 17 or newer; an older one is refused with a message a clerk can act on.
 */
public final class ServerJava {

	static final int REQUIRED = 17;

	private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(1\\.)?(\\d+)");

	private final Path home;

	private ServerJava(Path home) {
		this.home = home;
	}

	/** {@code configured} is a Java home folder, blank for the Java that runs Eclipse. */
	public static ServerJava of(String configured) {
		return new ServerJava(Path.of(configured == null || configured.isBlank() ? System.getProperty("java.home") : configured.trim()));
	}

	public Path executable() {
		Path bin = home.resolve("bin");
		Path windows = bin.resolve("java.exe");
		return Files.exists(windows) ? windows : bin.resolve("java");
	}

	/** Empty when this Java can run the server; otherwise what to tell the clerk. */
	public Optional<String> problem() {
		if (!Files.isRegularFile(executable())) {
			return Optional.of("找不到 Java：" + home + " 下没有 bin/java。请在“首选项 › 年度报告”中设置 Java 17 或更高版本的安装目录。");
		}
		int version = version();
		if (version < REQUIRED) {
			return Optional.of("年度报告语言服务器需要 Java " + REQUIRED + " 或更高版本，" + home + " 是 Java "
					+ (version == 0 ? "（版本不明）" : version) + "。请在“首选项 › 年度报告”中设置 Java 17 或更高版本的安装目录。");
		}
		return Optional.empty();
	}

	/** The feature version from the home's {@code release} file, 0 if it cannot be read. */
	int version() {
		if (home.equals(Path.of(System.getProperty("java.home")))) {
			return Runtime.version().feature();
		}
		try {
			Matcher m = VERSION.matcher(Files.readString(home.resolve("release")));
			return m.find() ? Integer.parseInt(m.group(2)) : 0;
		} catch (IOException e) {
			return 0;
		}
	}
}
