package org.govreport.dsl.imports;

/**
 * Something the importer could not take over as published, or took over with an assumption: listed by
 * the import command and written as a {@code #} comment in the file, so that nothing is guessed silently.
 *
 * @param kind    what happened (its code is stable)
 * @param section the section's numeral (三), or null for the report's head
 * @param row     the row's short label, or null
 * @param column  the column's short label, or null
 * @param detail  the published text or a short explanation
 */
public record ImportNote(Kind kind, String section, String row, String column, String detail) {

	public enum Kind {
		UNREADABLE("I1", "unreadable", "无法读取，已写为 ?"),
		MISSING("I2", "missing", "原表中没有这一行，已写为 ?"),
		// I3 (a blank imported as 0) is retired: a blank is now written 空, and check warns about it (S16).
		UNIT("I7", "with unit", "原表金额带单位，按原数导入，单位见注释"),
		NOT_APPLICABLE("I4", "not applicable", "原表为“不适用”，已写为 ?"),
		HEAD("I5", "head", "报告信息"),
		TEXT("I6", "text", "表格中未能归入单元格的文字，已保留为注释");

		private final String code;
		private final String english;
		private final String chinese;

		Kind(String code, String english, String chinese) {
			this.code = code;
			this.english = english;
			this.chinese = chinese;
		}

		public String code() {
			return code;
		}

		public String chinese() {
			return chinese;
		}
	}

	/** Whether a number is missing from the imported file because of it (the cell is ?). */
	public boolean isGap() {
		return kind == Kind.UNREADABLE || kind == Kind.MISSING;
	}

	/** {@code section 三, row 予以公开, column 自然人: unreadable 'x'（无法读取，已写为 ?）[I1]} */
	public String describe() {
		StringBuilder out = new StringBuilder();
		if (section != null) {
			out.append("section ").append(section);
		}
		if (row != null) {
			out.append(out.isEmpty() ? "" : ", ").append("row ").append(row);
		}
		if (column != null) {
			out.append(out.isEmpty() ? "" : ", ").append("column ").append(column);
		}
		out.append(out.isEmpty() ? "" : ": ").append(kind.english);
		if (detail != null && !detail.isEmpty()) {
			out.append(" '").append(detail).append('\'');
		}
		return out.append("（").append(kind.chinese).append("）[").append(kind.code).append(']').toString();
	}
}
