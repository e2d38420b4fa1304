import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step run on the executable jars after shading: rewrites the Java 5 class files in them (EMF,
 * ANTLR 3, picocli, log4j: about 2,900 classes) as Java 8 class files with stack map frames computed by
 * ASM. The code is unchanged. Why: JDK 17's class-data sharing archive cannot hold class files older than
 * Java 6, nor the classes that extend them, so every cold command loaded and linked about 1,000 classes
 * from the jar; with the upgrade the archive holds them all.
 *
 * <p>Usage (from Maven, see the module's pom): {@code java -cp asm.jar ClassFileUpgrade JAR…}; each jar is
 * replaced in place. A class whose frames cannot be computed (it refers to a library the jar does not
 * contain, such as log4j's JMS appender) is kept as it was.
 */
public final class ClassFileUpgrade {

	private static final int JAVA_6 = 50;

	public static void main(String[] args) throws IOException {
		for (String jar : args) {
			upgrade(Path.of(jar));
		}
	}

	private static void upgrade(Path jar) throws IOException {
		Path upgraded = jar.resolveSibling(jar.getFileName() + ".upgrading");
		int rewritten = 0;
		int kept = 0;
		try (ZipFile in = new ZipFile(jar.toFile());
				URLClassLoader hierarchy = new URLClassLoader(new URL[] { jar.toUri().toURL() },
						ClassLoader.getPlatformClassLoader());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(upgraded))) {
			for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				byte[] bytes;
				try (InputStream content = in.getInputStream(entry)) {
					bytes = content.readAllBytes();
				}
				if (isOldClassFile(entry, bytes)) {
					byte[] modern = toJava8(bytes, hierarchy);
					if (modern != null) {
						bytes = modern;
						rewritten++;
					} else {
						kept++;
					}
				}
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(entry.getTime());
				out.putNextEntry(copy);
				out.write(bytes);
				out.closeEntry();
			}
		}
		Files.move(upgraded, jar, StandardCopyOption.REPLACE_EXISTING);
		System.out.printf("%s: %d class files upgraded to Java 8, %d kept (their dependencies are absent)%n",
				jar.getFileName(), rewritten, kept);
	}

	private static boolean isOldClassFile(ZipEntry entry, byte[] bytes) {
		return entry.getName().endsWith(".class") && !entry.getName().startsWith("META-INF/")
				&& bytes.length > 8 && ((bytes[6] & 0xff) << 8 | (bytes[7] & 0xff)) < JAVA_6;
	}

	/** The class as a Java 8 class file, or null when ASM cannot compute its frames. */
	private static byte[] toJava8(byte[] bytes, ClassLoader hierarchy) {
		try {
			ClassReader reader = new ClassReader(bytes);
			// No reader passed to the writer: with one, ASM copies method bodies as they are, without frames.
			ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
				@Override
				protected ClassLoader getClassLoader() {
					return hierarchy;
				}
			};
			reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
				@Override
				public void visit(int version, int access, String name, String signature, String superName,
						String[] interfaces) {
					super.visit(Opcodes.V1_8, access, name, signature, superName, interfaces);
				}
			}, ClassReader.SKIP_FRAMES);
			return writer.toByteArray();
		} catch (RuntimeException | LinkageError e) {
			return null;
		}
	}
}
