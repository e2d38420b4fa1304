package org.govreport.eclipse.server;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;

/** The language server jar the plugin carries ({@code server/govreport.jar}), as a file Java can run. */
final class ServerJar {

	private static final String PATH = "server/govreport.jar";

	private ServerJar() {
	}

	/** A packed bundle's jar is extracted once into Eclipse's configuration area by {@link FileLocator}. */
	static Path in(Bundle bundle) throws IOException {
		URL entry = bundle.getEntry(PATH);
		if (entry == null) {
			throw new IOException("插件中缺少 " + PATH);
		}
		try {
			return Path.of(FileLocator.toFileURL(entry).toURI());
		} catch (URISyntaxException e) {
			throw new IOException(e);
		}
	}
}
