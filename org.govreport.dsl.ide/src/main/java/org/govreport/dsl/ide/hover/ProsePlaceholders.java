package org.govreport.dsl.ide.hover;

import java.util.Optional;

import org.govreport.dsl.report.Placeholders;
import org.govreport.dsl.report.Placeholders.Placeholder;
import org.govreport.dsl.report.ResolvedReport;

/**
 * Finds the placeholder ({@code {本年新收·总计}}) under the cursor in a piece of prose and its value, read
 * by the runtime's {@link Placeholders}: the same the validator checks and export fills in.
 */
public class ProsePlaceholders {

	/**
	 * The placeholder that covers {@code offset} in {@code prose}, if any: the cell it names and its value,
	 * or why it names none. Offsets are relative to the prose token (with its 「」).
	 */
	public Optional<HoverPiece> at(ResolvedReport report, String prose, int offset) {
		// The token starts with 「, which Placeholders does not see.
		String inner = prose.startsWith("「") ? prose.substring(1) : prose;
		int shift = prose.length() - inner.length();
		for (Placeholder p : Placeholders.find(report.form(), inner)) {
			if (offset >= p.start() + shift && offset < p.end() + shift) {
				return Optional.of(new HoverPiece(p.start() + shift, p.end() + shift, describe(report, p)));
			}
		}
		return Optional.empty();
	}

	private static String describe(ResolvedReport report, Placeholder p) {
		if (!p.isResolved()) {
			return "占位符 `{" + p.key() + "}` 不对应表格中的任何一格（应写为 {行·列}，如 {本年新收·总计}）";
		}
		String value = Placeholders.value(report, p).map(v -> "**" + v.toPlainString() + "**").orElse("（表格中此格为空或未知）");
		return "`" + p.cell().orElseThrow().name() + "` = " + value + "（导出时替换为此数）";
	}
}
