package org.govreport.dsl.ide.completion;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.Forms;

import com.google.gson.GsonBuilder;

/**
 * Writes the VS Code snippet file (one "new report" snippet per format version) from the form
 * model: {@code java -cp govreport.jar org.govreport.dsl.ide.completion.SnippetFile OUT.json}. The
 * extension's build runs it, so the snippet always matches forms.json.
 */
public final class SnippetFile {

	private SnippetFile() {
	}

	public static void main(String[] args) throws IOException {
		Path file = Path.of(args[0]).toAbsolutePath();
		// The snippet folder is generated, not committed: a fresh clone does not have it yet.
		Files.createDirectories(file.getParent());
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(snippets(), out);
		}
	}

	static Map<String, Object> snippets() {
		Map<String, Object> snippets = new LinkedHashMap<>();
		Forms forms = Forms.standard();
		Form byDefault = forms.defaultForm();
		for (Form form : forms.all()) {
			boolean isDefault = form == byDefault;
			snippets.put("新建年度报告（" + form.format() + " 格式）", Map.of(
					"prefix", isDefault ? List.of("新报告", "report") : List.of("新报告" + form.format(), "report" + form.format()),
					"body", List.of(FormTemplates.report(form).split("\n", -1)),
					"description", form.name() + "（" + form.source() + "）：六个部分齐全，各表全部为 0。"));
		}
		return snippets;
	}
}
