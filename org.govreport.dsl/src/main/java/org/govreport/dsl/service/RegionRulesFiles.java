package org.govreport.dsl.service;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.BiFunction;

import org.govreport.dsl.region.Deadlines;
import org.govreport.dsl.region.NameMapping;
import org.govreport.dsl.region.RegionFileException;
import org.govreport.dsl.region.RegionRules;
import org.govreport.dsl.region.Roster;

/** Reads the files an office gives a region audit: the roster, the name mapping and the deadlines (each optional, UTF-8 CSV). */
public class RegionRulesFiles {

	/**
	 * @param copiedShare from which share of last year's text a section counts as copied (0–1)
	 * @throws FileFailure         for a file that cannot be read or is not UTF-8
	 * @throws RegionFileException for a malformed line, with its line and column
	 */
	public RegionRules read(Path roster, Path names, Path deadlines, double copiedShare) {
		return new RegionRules(roster == null ? Roster.none() : parse(roster, Roster::parse),
				names == null ? NameMapping.none() : parse(names, NameMapping::parse),
				deadlines == null ? Deadlines.regulation() : parse(deadlines, Deadlines::parse), copiedShare);
	}

	private static <T> T parse(Path path, BiFunction<Path, String, T> parser) {
		byte[] bytes = InputFiles.read(path);
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException e) {
			throw new FileFailure(path, FileFailure.NOT_UTF8, "不是 UTF-8 编码的文本（请用表格软件另存为 CSV UTF-8）");
		}
		return parser.apply(path, text);
	}
}
