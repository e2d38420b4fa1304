package org.govreport.dsl.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.govreport.dsl.GovReportRuntimeModule;
import org.govreport.dsl.form.Forms;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.inject.Binder;

/**
 * Form registries of the tests' own, made from the shipped forms.json by an edit, and an injector that
 * uses one: {@code @InjectWith(TestForms.SumRulesEdited.class)}.
 */
public final class TestForms {

	private TestForms() {
	}

	/** The shipped forms.json as a JSON tree. */
	public static JsonObject shipped() {
		try (InputStream in = Forms.class.getResourceAsStream("forms.json")) {
			return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The shipped forms with an edit of the JSON. */
	public static Forms edited(Consumer<JsonObject> edit) {
		JsonObject json = shipped();
		edit.accept(json);
		return Forms.read(new StringReader(json.toString()));
	}

	/** The rules of one table of one format. */
	public static JsonArray rules(JsonObject forms, String format, String table) {
		for (var form : forms.getAsJsonArray("forms")) {
			if (form.getAsJsonObject().get("format").getAsString().equals(format)) {
				for (var t : form.getAsJsonObject().getAsJsonArray("tables")) {
					if (t.getAsJsonObject().get("id").getAsString().equals(table)) {
						return t.getAsJsonObject().getAsJsonArray("rules");
					}
				}
			}
		}
		throw new IllegalArgumentException(format + " has no table " + table);
	}

	/**
	 * The 2021 form with R4 renamed Z4 and a rule added that the consistent fixture breaks: Z9, 行政复议 =
	 * 行政诉讼·未经复议直接起诉 in every column.
	 */
	public static Forms sumRulesEdited() {
		return edited(json -> {
			JsonArray rules = rules(json, "2021", "appeals");
			rules.get(0).getAsJsonObject().addProperty("code", "Z4");
			JsonObject added = new JsonObject();
			added.addProperty("code", "Z9");
			added.addProperty("kind", "balance");
			JsonArray left = new JsonArray();
			left.add("review");
			JsonArray right = new JsonArray();
			right.add("litigation_direct");
			added.add("left", left);
			added.add("right", right);
			rules.add(added);
		});
	}

	/** The runtime bindings with another form registry. */
	public static GovReportRuntimeModule runtimeModule(Forms forms) {
		return new GovReportRuntimeModule() {
			@Override
			public void configureForms(Binder binder) {
				binder.bind(Forms.class).toInstance(forms);
			}

			@Override
			public ClassLoader bindClassLoaderToInstance() {
				return TestForms.class.getClassLoader();
			}
		};
	}

	/** Xtext's test injector for the language, with {@link #sumRulesEdited()} as its forms. */
	public static final class SumRulesEdited extends GovReportInjectorProvider {

		@Override
		protected GovReportRuntimeModule createRuntimeModule() {
			return runtimeModule(sumRulesEdited());
		}
	}
}
