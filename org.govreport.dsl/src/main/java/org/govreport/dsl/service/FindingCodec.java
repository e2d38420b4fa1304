package org.govreport.dsl.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A report's findings as bytes and back, every field kept (texts of any length, nulls, related places). */
final class FindingCodec {

	private FindingCodec() {
	}

	static byte[] encode(List<Finding> findings) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * findings.size());
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			out.writeInt(findings.size());
			for (Finding f : findings) {
				writeText(out, f.path());
				out.writeInt(f.line());
				out.writeInt(f.column());
				out.writeInt(f.endLine());
				out.writeInt(f.endColumn());
				writeText(out, f.severity());
				writeText(out, f.code());
				writeText(out, f.message());
				writeText(out, f.subject());
				writeText(out, f.acknowledged());
				out.writeInt(f.related() == null ? -1 : f.related().size());
				for (Finding.Place p : f.related() == null ? List.<Finding.Place>of() : f.related()) {
					out.writeInt(p.line());
					out.writeInt(p.column());
					out.writeInt(p.endLine());
					out.writeInt(p.endColumn());
					writeText(out, p.message());
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a byte array does not fail
		}
		return bytes.toByteArray();
	}

	static List<Finding> decode(byte[] block) {
		try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(block))) {
			int count = in.readInt();
			List<Finding> findings = new ArrayList<>(count);
			for (int i = 0; i < count; i++) {
				String path = readText(in);
				int line = in.readInt();
				int column = in.readInt();
				int endLine = in.readInt();
				int endColumn = in.readInt();
				String severity = readText(in);
				String code = readText(in);
				String message = readText(in);
				String subject = readText(in);
				String acknowledged = readText(in);
				int places = in.readInt();
				List<Finding.Place> related = places < 0 ? null : new ArrayList<>(places);
				for (int p = 0; p < places; p++) {
					related.add(new Finding.Place(in.readInt(), in.readInt(), in.readInt(), in.readInt(), readText(in)));
				}
				findings.add(new Finding(path, line, column, endLine, endColumn, severity, code, message, subject,
						related == null ? null : List.copyOf(related), acknowledged));
			}
			return findings;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** UTF-8 with its length in bytes (-1 for null): DataOutput's own UTF stops at 64 KB. */
	private static void writeText(DataOutputStream out, String text) throws IOException {
		if (text == null) {
			out.writeInt(-1);
			return;
		}
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		out.writeInt(utf8.length);
		out.write(utf8);
	}

	private static String readText(DataInputStream in) throws IOException {
		int length = in.readInt();
		return length < 0 ? null : new String(in.readNBytes(length), StandardCharsets.UTF_8);
	}
}
