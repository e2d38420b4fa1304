package org.govreport.dsl.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a published report: a byte-order mark decides (UTF-8, UTF-16 LE/BE);
 * without one, strict UTF-8 is tried first (GB18030 text is almost never valid UTF-8), then UTF-16
 * without a mark (recognised by its zero bytes), then strict GB18030 (which includes GBK and GB2312).
 * A cascade of strict decoders instead of a statistical detector: every step is exact, and a text
 * that none of them accepts gets a clear error rather than a wrong guess.
 */
public final class TextDecoding {

	/** The text and the encoding it was read in. */
	public record Decoded(String text, String charset) {
	}

	private static final Charset GB18030 = Charset.forName("GB18030");

	private TextDecoding() {
	}

	/** @throws ImportException when the bytes are in none of the encodings above */
	public static Decoded decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)");
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return utf16(bytes, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)");
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return utf16(bytes, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)");
		}
		boolean utf16 = looksLikeUtf16(bytes);
		Decoded utf8 = tryStrict(bytes, 0, StandardCharsets.UTF_8, "UTF-8");
		if (utf8 != null && !utf16) {
			return utf8;
		}
		if (utf16) {
			boolean littleEndian = zeroBytes(bytes, 1) > zeroBytes(bytes, 0);
			return strict(bytes, 0, littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE,
					littleEndian ? "UTF-16LE" : "UTF-16BE");
		}
		Decoded gb = tryStrict(bytes, 0, GB18030, "GB18030");
		if (gb != null) {
			return gb;
		}
		throw new ImportException("无法识别文件的文字编码（支持 UTF-8、GB18030/GBK、UTF-16）：请用记事本等工具另存为 UTF-8 后再导入");
	}

	/**
	 * After a UTF-16 mark. An editor that saved UTF-8 text behind such a mark leaves bytes that read as UTF-16
	 * nonsense; told apart by being strict UTF-8 with multi-byte characters, which UTF-16 text of any length
	 * practically never is.
	 */
	private static Decoded utf16(byte[] bytes, Charset charset, String name) {
		String utf8 = strictUtf8(bytes, 2);
		if (utf8 != null && utf8.length() < bytes.length - 2) {
			throw new ImportException("文件开头的两个字节标明是 UTF-16 编码，但其后的内容是 UTF-8 文本（保存时多写了编码标记）："
					+ "请用记事本等工具另存为 UTF-8 后再导入");
		}
		return strict(bytes, 2, charset, name);
	}

	private static Decoded strict(byte[] bytes, int offset, Charset charset, String name) {
		Decoded decoded = tryStrict(bytes, offset, charset, name);
		if (decoded == null) {
			throw new ImportException("文件开头标明是 " + name + " 编码，但其中有不合该编码的字节：文件可能已损坏");
		}
		return decoded;
	}

	/**
	 * The bytes from {@code offset} as strict UTF-8, or null when they are not UTF-8. The String constructor's
	 * decoding is several times faster than a decoder's and puts U+FFFD where it meets a malformed sequence:
	 * only then is the strict decoder asked (the text may hold a U+FFFD of its own).
	 */
	public static String strictUtf8(byte[] bytes, int offset) {
		String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
		return text.indexOf('\uFFFD') < 0 ? text : strictly(bytes, offset, StandardCharsets.UTF_8);
	}

	private static Decoded tryStrict(byte[] bytes, int offset, Charset charset, String name) {
		String text = charset.equals(StandardCharsets.UTF_8) ? strictUtf8(bytes, offset) : strictly(bytes, offset, charset);
		return text == null ? null : new Decoded(text, name);
	}

	/** The bytes from {@code offset} in {@code charset}, or null when a byte is not of it. */
	private static String strictly(byte[] bytes, int offset, Charset charset) {
		try {
			return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
		} catch (CharacterCodingException e) {
			return null;
		}
	}

	/** UTF-16 text of Chinese and ASCII has zero bytes at one parity (ASCII) that 8-bit encodings never have. */
	private static boolean looksLikeUtf16(byte[] bytes) {
		if (bytes.length < 2 || bytes.length % 2 != 0) {
			return false;
		}
		return Math.max(zeroBytes(bytes, 0), zeroBytes(bytes, 1)) * 10 >= bytes.length / 2;
	}

	private static int zeroBytes(byte[] bytes, int parity) {
		int zeros = 0;
		for (int i = parity; i < bytes.length; i += 2) {
			if (bytes[i] == 0) {
				zeros++;
			}
		}
		return zeros;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}
}
