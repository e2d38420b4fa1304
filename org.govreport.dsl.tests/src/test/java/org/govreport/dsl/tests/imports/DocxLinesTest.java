package org.govreport.dsl.tests.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.govreport.dsl.export.ExportFormat;
import org.govreport.dsl.imports.DocxLines;
import org.govreport.dsl.imports.ImportException;
import org.govreport.dsl.tests.ExportTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The .docx reader gives the lines Apache POI's document model gives (paragraphs, table rows with tab-separated
 * cells), on the Word fixture, on every example's DOCX export and on a document with the constructs Word writes
 * around text: tracked changes, field codes, tab stops, hyperlinks, content controls, text boxes.
 */
class DocxLinesTest {

	static Stream<Path> examples() throws IOException {
		return Files.list(Path.of("../examples")).filter(p -> p.toString().endsWith(".govreport")).sorted();
	}

	@Test
	void theWordFixtureReadsAsPoiReadsIt() throws IOException {
		byte[] docx = Files.readAllBytes(Path.of("src/test/resources/imports/report.docx"));
		assertEquals(poiLines(docx), DocxLines.of(docx));
	}

	@ParameterizedTest
	@MethodSource("examples")
	void everyExampleExportReadsAsPoiReadsIt(Path example) {
		byte[] docx = ExportTesting.export(example, ExportFormat.DOCX);
		List<String> lines = DocxLines.of(docx);
		assertEquals(poiLines(docx), lines);
	}

	@Test
	void wordsMarkupAroundTextGivesTheTextPoiGives() {
		byte[] docx = docx("""
				<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>
				  <w:r><w:t>本年新收</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">12 </w:t></w:r>
				  <w:ins w:id="1" w:author="a"><w:r><w:t>（含补录3件）</w:t></w:r></w:ins>
				  <w:del w:id="2" w:author="a"><w:r><w:delText>99</w:delText></w:r></w:del>
				  <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>
				  <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
				  <w:hyperlink r:id="rId9"><w:r><w:t>链接</w:t></w:r></w:hyperlink>
				  <w:proofErr w:type="spellStart"/><w:bookmarkStart w:id="0" w:name="x"/><w:r><w:t>末</w:t><w:br/><w:t>行</w:t></w:r>
				</w:p>
				<w:tbl><w:tblPr/><w:tr><w:tc><w:p><w:r><w:t>行政</w:t></w:r></w:p><w:p><w:r><w:t>复议</w:t></w:r></w:p></w:tc>
				  <w:tc><w:p><w:r><w:t> 5 </w:t></w:r></w:p></w:tc></w:tr></w:tbl>
				<w:p><w:r><w:t>后</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>
				  <w:p><w:r><w:t>文本框 8</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>
				  <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框 8</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>
				  </mc:AlternateContent></w:r></w:p>
				""");
		List<String> lines = DocxLines.of(docx);
		assertEquals(List.of("本年新收\t12 （含补录3件）7链接末\n行", "行政复议\t5", "后"), lines);
		assertEquals(poiLines(docx), lines);
	}

	@Test
	void aDamagedPackageIsRefusedInChinese() {
		ImportException e = assertThrows(ImportException.class, () -> DocxLines.of("PK\3\4 not really".getBytes()));
		assertEquals("无法打开 Word 文件（.docx）：文件可能已损坏或不是 .docx 格式", e.getMessage());
		byte[] noDocument = zip("[Content_Types].xml", "<Types/>");
		assertThrows(ImportException.class, () -> DocxLines.of(noDocument));
	}

	/** What POI's document model gives, as the importer read it before: the reference. */
	private static List<String> poiLines(byte[] docx) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			List<String> lines = new ArrayList<>();
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					lines.add(paragraph.getText());
				} else if (element instanceof XWPFTable table) {
					for (XWPFTableRow row : table.getRows()) {
						List<String> cells = new ArrayList<>();
						for (XWPFTableCell cell : row.getTableCells()) {
							cells.add(String.join("", cell.getParagraphs().stream().map(XWPFParagraph::getText).toList()).strip());
						}
						lines.add(String.join("\t", cells));
					}
				}
			}
			return lines;
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A minimal Word package whose body is {@code body}. */
	private static byte[] docx(String body) {
		return zip("[Content_Types].xml", """
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
				<Default Extension="xml" ContentType="application/xml"/>\
				<Override PartName="/word/document.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""",
				"_rels/.rels", """
						<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
						<Relationship Id="rId1" Target="word/document.xml" \
						Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>\
						</Relationships>""",
				"word/document.xml", """
						<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
						xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
						xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>"""
						+ body.replaceAll(">\\s+<", "><") + "</w:body></w:document>");
	}

	private static byte[] zip(String... namesAndTexts) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (int i = 0; i < namesAndTexts.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
				zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return bytes.toByteArray();
	}
}
