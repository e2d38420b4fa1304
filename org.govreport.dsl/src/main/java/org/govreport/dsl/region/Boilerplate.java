package org.govreport.dsl.region;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.govreport.dsl.form.ColumnSpec;
import org.govreport.dsl.form.Form;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.form.RowSpec;
import org.govreport.dsl.form.SectionSpec;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * What every report's prose carries and so says nothing about copying: the form's own words (headings,
 * row and column labels, from forms.json) and legal citations (《…》, 第…条). Left out before prose is
 * compared.
 */
@Singleton
public class Boilerplate {

	private static final Pattern CITATIONS = Pattern.compile("《[^》]{0,60}》|第[一二三四五六七八九十百零〇0-9]+[条款项]|（[一二三四五六七八九十]+）");
	/** Anything but letters and digits: punctuation and spaces do not make two texts different. */
	private static final Pattern NOT_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final List<String> phrases;

	@Inject
	Boilerplate(Forms forms) {
		Set<String> words = new LinkedHashSet<>();
		for (Form form : forms.all()) {
			form.sections().stream().map(SectionSpec::title).forEach(words::add);
			for (RowSpec row : form.allRows()) {
				words.add(row.label());
				if (row.verbatim() != null) {
					words.add(row.verbatim());
				}
				row.columns().stream().map(ColumnSpec::label).forEach(words::add);
			}
		}
		List<String> longestFirst = new ArrayList<>();
		words.stream().map(w -> NOT_WORDS.matcher(w).replaceAll("")).filter(w -> w.length() >= 2).distinct()
				.forEach(longestFirst::add);
		longestFirst.sort(Comparator.comparingInt(String::length).reversed());
		this.phrases = longestFirst;
	}

	/** The prose's own words: citations, the form's words, punctuation and spaces left out. */
	public String strip(String prose) {
		String text = NOT_WORDS.matcher(CITATIONS.matcher(prose).replaceAll(" ")).replaceAll("");
		for (String phrase : phrases) {
			if (text.contains(phrase)) {
				text = text.replace(phrase, "");
			}
		}
		return text;
	}
}
