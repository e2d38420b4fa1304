package org.govreport.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.lsp4j.Diagnostic;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/**
 * The validator's issue data carried by an LSP diagnostic. In the server it is the String[] Xtext
 * put there; after a round trip through the client it comes back as a JSON array.
 */
final class IssueData {

	private IssueData() {
	}

	static List<String> of(Diagnostic diagnostic) {
		Object data = diagnostic == null ? null : diagnostic.getData();
		if (data instanceof String[] strings) {
			return Arrays.asList(strings);
		}
		List<String> values = new ArrayList<>();
		if (data instanceof JsonArray array) {
			for (JsonElement e : array) {
				values.add(e.getAsString());
			}
		} else if (data instanceof List<?> list) {
			list.forEach(o -> values.add(String.valueOf(o)));
		}
		return values;
	}
}
