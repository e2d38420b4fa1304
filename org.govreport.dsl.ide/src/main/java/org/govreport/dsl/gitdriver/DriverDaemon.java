package org.govreport.dsl.gitdriver;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;

import org.govreport.dsl.service.DiffService;

import com.google.inject.Inject;

/**
 * Answers the Git driver's calls in one long-lived process. git starts its textconv once for every version of
 * a report a {@code git log -p} shows, and a Java start for each made a log of a hundred commits take most of a
 * minute; the launcher hands these calls to this process instead, over a loopback socket that bash can open
 * itself ({@code /dev/tcp}).
 * <p>
 * Where to connect is in a state file only its owner can read: the port and a random token that every request
 * must begin with, so that another user of the machine cannot have files read. The process ends after a
 * quiet spell, removing the state file if it is still its own. Requests are answered one at a time: git runs
 * its driver one call at a time.
 */
public class DriverDaemon {

	/** How long a connected client may take to send its request, unless told otherwise. */
	public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

	/** The status line of a call this process leaves to the launcher, and of one it answers. */
	private static final byte[] NOT_ANSWERED_LINE = "!\n".getBytes(StandardCharsets.US_ASCII);
	private static final byte[] ANSWERED_LINE = "0\n".getBytes(StandardCharsets.US_ASCII);

	@Inject
	private DiffService diffs;

	@Inject
	private VersionListings listings;

	private final String token = HexFormat.of().formatHex(random());

	private static byte[] random() {
		byte[] bytes = new byte[16];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

	/**
	 * Serves until nothing has come for {@code idle}; the state file says where, from when it is ready. A client
	 * that sends no whole request within {@code requestTimeout} is dropped, and the next one served.
	 */
	public void serve(Path stateFile, Duration idle, Duration requestTimeout) throws IOException {
		try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			server.setSoTimeout((int) idle.toMillis());
			publish(stateFile, server.getLocalPort());
			try {
				while (true) {
					Socket client;
					try {
						client = server.accept();
					} catch (SocketTimeoutException quiet) {
						return;
					}
					try (client) {
						client.setSoTimeout((int) requestTimeout.toMillis());
						answer(client);
					} catch (IOException lostClient) {
						// The client went away or sent nothing in time: the next one is served all the same.
					}
				}
			} finally {
				withdraw(stateFile);
			}
		}
	}

	private void answer(Socket client) throws IOException {
		var in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
		DriverRequest request = DriverRequest.read(in);
		if (request == null || !sameToken(request.token())) {
			return;
		}
		String answer;
		try {
			answer = request.answer(diffs, listings);
		} catch (RuntimeException | StackOverflowError e) {
			answer = null; // the launcher runs the call itself and reports the failure as the command does
		}
		OutputStream out = client.getOutputStream();
		out.write(answer == null ? NOT_ANSWERED_LINE : ANSWERED_LINE);
		if (answer != null) {
			out.write(answer.getBytes(StandardCharsets.UTF_8));
		}
		out.flush();
	}

	private boolean sameToken(String sent) {
		return sent != null && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
				token.getBytes(StandardCharsets.UTF_8));
	}

	/** Written under another name and renamed: a launcher never reads half a state file. Temporary files are private. */
	private void publish(Path stateFile, int port) throws IOException {
		Path dir = stateFile.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path temp = Files.createTempFile(dir, ".git-driver-", ".tmp");
		try {
			Files.writeString(temp, port + " " + token + "\n");
			Files.move(temp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/** A newer process may have published its own state since: that one stays. */
	private void withdraw(Path stateFile) throws IOException {
		try {
			if (Files.readString(stateFile).contains(token)) {
				Files.delete(stateFile);
			}
		} catch (NoSuchFileException gone) {
			// already removed
		}
	}
}
