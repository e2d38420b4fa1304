package org.govreport.dsl.diff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.govreport.dsl.diff.ParagraphChange.Kind;
import org.govreport.dsl.diff.ParagraphChange.Segment;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;

/**
 * Compares the prose of one section: paragraph by paragraph (Myers' algorithm over the lines), and within a
 * changed paragraph character by character, since Chinese has no spaces between words to diff by.
 */
final class ProseDiffer {

	private ProseDiffer() {
	}

	/** The section's changes, or null when its paragraphs are the same. */
	static SectionProse diff(String section, String heading, String oldProse, String newProse) {
		List<String> before = paragraphs(oldProse);
		List<String> after = paragraphs(newProse);
		Patch<String> patch = DiffUtils.diff(before, after);
		if (patch.getDeltas().isEmpty()) {
			return null;
		}
		List<ParagraphChange> changes = new ArrayList<>();
		long total = length(before) + length(after);
		long changed = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			List<String> source = delta.getSource().getLines();
			List<String> target = delta.getTarget().getLines();
			int paired = delta.getType() == DeltaType.CHANGE ? Math.min(source.size(), target.size()) : 0;
			for (int i = 0; i < paired; i++) {
				ParagraphChange change = characters(source.get(i), target.get(i));
				changes.add(change);
				changed += change.segments().stream().filter(s -> s.kind() != Kind.EQUAL)
						.mapToLong(s -> s.text().codePointCount(0, s.text().length())).sum();
			}
			for (String removed : source.subList(paired, source.size())) {
				changes.add(new ParagraphChange(removed, null, List.of(new Segment(Kind.DELETE, removed))));
				changed += removed.codePointCount(0, removed.length());
			}
			for (String added : target.subList(paired, target.size())) {
				changes.add(new ParagraphChange(null, added, List.of(new Segment(Kind.INSERT, added))));
				changed += added.codePointCount(0, added.length());
			}
		}
		BigDecimal similarity = total == 0 ? BigDecimal.ONE
				: BigDecimal.valueOf(total - changed).divide(BigDecimal.valueOf(total), 3, RoundingMode.HALF_UP);
		return new SectionProse(section, heading, similarity, changes);
	}

	/** The non-empty lines of a section's prose, without their indentation (half- or full-width). */
	static List<String> paragraphs(String prose) {
		if (prose == null) {
			return List.of();
		}
		return prose.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	private static ParagraphChange characters(String before, String after) {
		Patch<String> patch = DiffUtils.diff(codePoints(before), codePoints(after));
		List<Segment> segments = new ArrayList<>();
		List<String> source = codePoints(before);
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			Chunk<String> from = delta.getSource();
			add(segments, Kind.EQUAL, source.subList(position, from.getPosition()));
			add(segments, Kind.DELETE, from.getLines());
			add(segments, Kind.INSERT, delta.getTarget().getLines());
			position = from.getPosition() + from.size();
		}
		add(segments, Kind.EQUAL, source.subList(position, source.size()));
		return new ParagraphChange(before, after, segments);
	}

	/** Appends a run, joined to the previous one of the same kind. */
	private static void add(List<Segment> segments, Kind kind, List<String> characters) {
		if (characters.isEmpty()) {
			return;
		}
		String text = String.join("", characters);
		int last = segments.size() - 1;
		if (last >= 0 && segments.get(last).kind() == kind) {
			segments.set(last, new Segment(kind, segments.get(last).text() + text));
		} else {
			segments.add(new Segment(kind, text));
		}
	}

	private static List<String> codePoints(String text) {
		return text.codePoints().mapToObj(Character::toString).toList();
	}

	private static long length(List<String> paragraphs) {
		return paragraphs.stream().mapToLong(p -> p.codePointCount(0, p.length())).sum();
	}
}
