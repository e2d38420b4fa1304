package org.govreport.dsl.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The lines of text of a Word (.docx) file: one line per paragraph of the body; a table gives one line per
 * row with its cells separated by tabs (a cell's own paragraphs are joined: they are one label wrapped).
 * <p>
 * Read straight from the package's main part with the JDK's streaming XML reader, as Apache POI's
 * {@code XWPFDocument} would give it (the tests compare the two), at a fraction of its cost: POI builds the
 * whole object model of every part, which was most of a .docx import's time. A paragraph's text is its runs'
 * text ({@code w:t}, with {@code w:tab} as a tab and {@code w:br}/{@code w:cr} as a line break), inserted
 * text included and deleted text ({@code w:delText}) and field codes ({@code w:instrText}) left out.
 */
public final class DocxLines {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
	private static final String MAIN_PART = "word/document.xml";
	private static final String PACKAGE_RELATIONSHIPS = "_rels/.rels";
	/** The XML parts of a report are a few hundred KB; more than this unpacked is no report (or a zip bomb). */
	private static final long MOST_UNPACKED = 64L << 20;
	private static final String DAMAGED = "无法打开 Word 文件（.docx）：文件可能已损坏或不是 .docx 格式";

	private static final XMLInputFactory XML = xmlInputFactory();

	private DocxLines() {
	}

	public static List<String> of(byte[] bytes) {
		try {
			Map<String, byte[]> parts = xmlParts(bytes);
			byte[] main = parts.get(mainPart(parts.get(PACKAGE_RELATIONSHIPS)));
			if (main == null) {
				throw new ImportException(DAMAGED);
			}
			return body(main);
		} catch (IOException | XMLStreamException | RuntimeException e) {
			throw e instanceof ImportException ie ? ie : new ImportException(DAMAGED, e);
		}
	}

	/** The package's XML parts by name (images and other media are skipped unread). */
	private static Map<String, byte[]> xmlParts(byte[] bytes) throws IOException {
		Map<String, byte[]> parts = new HashMap<>();
		long unpacked = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName();
				if (name.endsWith(".xml") || name.endsWith(".rels")) {
					byte[] content = readAtMost(zip, MOST_UNPACKED - unpacked);
					unpacked += content.length;
					parts.put(name.startsWith("/") ? name.substring(1) : name, content);
				}
			}
		}
		return parts;
	}

	private static byte[] readAtMost(InputStream in, long limit) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
			out.write(buffer, 0, n);
			if (out.size() > limit) {
				throw new ImportException(DAMAGED + "（解压后过大）");
			}
		}
		return out.toByteArray();
	}

	/** The main document's part, as the package's relationships name it; Word's usual name when they do not. */
	private static String mainPart(byte[] relationships) throws XMLStreamException {
		if (relationships == null) {
			return MAIN_PART;
		}
		XMLStreamReader xml = XML.createXMLStreamReader(new ByteArrayInputStream(relationships));
		try {
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())
						&& String.valueOf(xml.getAttributeValue(null, "Type")).endsWith("/officeDocument")) {
					String target = xml.getAttributeValue(null, "Target");
					if (target != null) {
						return target.startsWith("/") ? target.substring(1) : target;
					}
				}
			}
			return MAIN_PART;
		} finally {
			xml.close();
		}
	}

	/** The body's paragraphs and table rows, in order; what else the body holds is not read. */
	private static List<String> body(byte[] document) throws XMLStreamException {
		List<String> lines = new ArrayList<>();
		XMLStreamReader xml = XML.createXMLStreamReader(new ByteArrayInputStream(document));
		try {
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && isW(xml, "body")) {
					children(xml, child -> {
						if (isW(xml, "p")) {
							lines.add(paragraph(xml));
						} else if (isW(xml, "tbl")) {
							table(xml, lines);
						} else {
							skip(xml);
						}
					});
				}
			}
			return lines;
		} finally {
			xml.close();
		}
	}

	/** One line per row (direct rows only); a cell is its direct paragraphs joined, stripped. */
	private static void table(XMLStreamReader xml, List<String> lines) throws XMLStreamException {
		children(xml, row -> {
			if (!isW(xml, "tr")) {
				skip(xml);
				return;
			}
			List<String> cells = new ArrayList<>();
			children(xml, cell -> {
				if (!isW(xml, "tc")) {
					skip(xml);
					return;
				}
				StringBuilder text = new StringBuilder();
				children(xml, inCell -> {
					if (isW(xml, "p")) {
						text.append(paragraph(xml));
					} else {
						skip(xml);
					}
				});
				cells.add(text.toString().strip());
			});
			lines.add(String.join("\t", cells));
		});
	}

	/** A paragraph's text, from the reader at its start tag to its end tag. */
	private static String paragraph(XMLStreamReader xml) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		int runDepth = 0; // tabs and breaks count only in runs: w:tabs in the paragraph's properties are tab stops
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (isEmbedded(xml)) {
					skip(xml);
					continue;
				}
				depth++;
				if (!W.equals(xml.getNamespaceURI())) {
					continue;
				}
				switch (xml.getLocalName()) {
				case "r" -> runDepth = runDepth == 0 ? depth : runDepth;
				case "t" -> {
					text.append(xml.getElementText()); // consumes the end tag
					depth--;
				}
				case "tab", "ptab" -> text.append(runDepth > 0 ? "\t" : "");
				case "br", "cr" -> text.append(runDepth > 0 ? "\n" : "");
				case "noBreakHyphen" -> text.append('-');
				default -> {
					// formatting, bookmarks, proofing marks: no text
				}
				}
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				if (depth == runDepth) {
					runDepth = 0;
				}
				depth--;
			}
		}
		return text.toString();
	}

	@FunctionalInterface
	private interface ChildReader {
		void read(XMLStreamReader at) throws XMLStreamException;
	}

	/** Calls {@code reader} at each child element's start tag; each call must leave the reader at that child's end tag. */
	private static void children(XMLStreamReader xml, ChildReader reader) throws XMLStreamException {
		while (true) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				reader.read(xml);
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				return;
			}
		}
	}

	/** From an element's start tag to its end tag. */
	private static void skip(XMLStreamReader xml) throws XMLStreamException {
		for (int depth = 1; depth > 0;) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
			} else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
	}

	/**
	 * Drawings, text boxes, embedded objects and their alternatives: not the paragraph's own text (a text box
	 * is often there twice, as the choice and its fallback), and POI's paragraph text leaves them out too.
	 */
	private static boolean isEmbedded(XMLStreamReader xml) {
		String name = xml.getLocalName();
		return W.equals(xml.getNamespaceURI()) ? name.equals("drawing") || name.equals("pict") || name.equals("object")
				: name.equals("AlternateContent");
	}

	private static boolean isW(XMLStreamReader xml, String name) {
		return name.equals(xml.getLocalName()) && W.equals(xml.getNamespaceURI());
	}

	/** No DTDs and no external entities: a document names no file or address that reading it would open. */
	private static XMLInputFactory xmlInputFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		return factory;
	}
}
