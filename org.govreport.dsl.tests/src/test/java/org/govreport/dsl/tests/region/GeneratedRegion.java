package org.govreport.dsl.tests.region;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.govreport.dsl.export.ExportFormat;
import org.govreport.dsl.tests.ExportTesting;
import org.govreport.dsl.tests.Fixture;

/**
 * A county's published reports over three years (2023–2025), written by this generator as the exports of
 * generated reports — text and HTML in turn, so an organ's years come in different formats — with a roster,
 * a name mapping, and faults planted one each:
 * <ul>
 * <li>{@link #WRONG_CARRY_OVER} 2025: 上年结转 (自然人, 总计) one more than 2024's 结转下年, 本年新收 one less, so the
 * report's own sums hold;</li>
 * <li>{@link #MISSING} has no 2024 report;</li>
 * <li>{@link #LATE} 2024 was published on 2025-03-15;</li>
 * <li>{@link #COPIED} 2025's prose is its 2024 prose;</li>
 * <li>{@link #NEIGHBOUR_A} and {@link #NEIGHBOUR_B} 2023 have the same prose;</li>
 * <li>{@link #RENAMED_OLD} (2023) is {@link #RENAMED_NEW} (2024, 2025), tied by the mapping file;</li>
 * <li>{@link #AMBIGUOUS} is in the roster twice, under two parent offices.</li>
 * </ul>
 */
public final class GeneratedRegion {

	public static final String WRONG_CARRY_OVER = "某县甲镇人民政府";
	public static final String MISSING = "某县乙镇人民政府";
	public static final String LATE = "某县丙镇人民政府";
	public static final String COPIED = "某县教育局";
	public static final String NEIGHBOUR_A = "某县丁镇人民政府";
	public static final String NEIGHBOUR_B = "某县戊镇人民政府";
	public static final String RENAMED_OLD = "某县农业局";
	public static final String RENAMED_NEW = "某县农业农村局";
	public static final String AMBIGUOUS = "城关镇人民政府";
	/** An organ without a fault. */
	public static final String CLEAN_TOWN = "某县己镇人民政府";
	private static final String CLEAN_DEPARTMENT = "某县卫生健康委员会";

	public static final int[] YEARS = { 2023, 2024, 2025 };

	/** The organs in the roster (the renamed one under its new name, the ambiguous one twice). */
	private static final String[] ORGANS = { WRONG_CARRY_OVER, MISSING, LATE, COPIED, NEIGHBOUR_A, NEIGHBOUR_B,
			RENAMED_NEW, AMBIGUOUS, CLEAN_TOWN, CLEAN_DEPARTMENT };

	private static final Pattern PROSE = Pattern.compile("((?:一、总体情况|五、存在的主要问题及改进情况|六、其他需要报告的事项) 「)[^」]*(」)");

	/** The folder of the reports, and the roster and mapping files beside it. */
	public record Region(Path reports, Path roster, Path names) {
	}

	private GeneratedRegion() {
	}

	/** Writes the region into {@code dir}: {@code reports/YEAR/NAME.txt|.html}, {@code roster.csv}, {@code names.csv}. */
	public static Region write(Path dir) throws IOException {
		Path reports = dir.resolve("reports");
		int n = 0;
		for (int year : YEARS) {
			Files.createDirectories(reports.resolve(Integer.toString(year)));
			for (String organ : ORGANS) {
				if (organ.equals(MISSING) && year == 2024) {
					continue;
				}
				String name = organ.equals(RENAMED_NEW) && year == 2023 ? RENAMED_OLD : organ;
				ExportFormat format = n++ % 2 == 0 ? ExportFormat.TEXT : ExportFormat.HTML;
				Path file = reports.resolve(year + "/" + name + "." + format.extension());
				Files.write(file, format.exporter(false).export(ExportTesting.document(report(organ, name, year))));
			}
		}
		Path roster = Files.writeString(dir.resolve("roster.csv"), roster(), StandardCharsets.UTF_8);
		Path names = Files.writeString(dir.resolve("names.csv"), "旧名称,新名称\n" + RENAMED_OLD + "," + RENAMED_NEW + "\n",
				StandardCharsets.UTF_8);
		return new Region(reports, roster, names);
	}

	private static String roster() {
		StringBuilder out = new StringBuilder("机关,层级,上级机关\n");
		for (String organ : ORGANS) {
			out.append(organ).append(',').append(organ.endsWith("镇人民政府") ? "乡镇" : "县级部门").append(",某县人民政府\n");
		}
		out.append(AMBIGUOUS).append(",乡镇,另县人民政府\n");
		return out.toString();
	}

	/** The report text of an organ and year, with its planted fault. */
	public static String report(String organ, String name, int year) {
		String text = Fixture.consistent().text().replaceAll("(?m)^#.*\\n", "").replaceAll("(?m)^上年报告.*\\n", "")
				.replace("重庆市巴南区东温泉镇人民政府", name).replace("年度 2025", "年度 " + year)
				.replace("发布日期 2026-01-20", "发布日期 " + (organ.equals(LATE) && year == 2024 ? "2025-03-15" : (year + 1) + "-01-20"))
				// the stock of normative documents is the same every year: nothing issued, nothing repealed
				.replaceFirst("(行政规范性文件\\s+)2(\\s+)1(\\s+)5", "$10$20$35");
		if (organ.equals(WRONG_CARRY_OVER) && year == 2025) {
			text = text.replaceFirst("(本年新收\\s+)5(\\s+1\\s+0\\s+0\\s+1\\s+0\\s+)7", "$14$26")
					.replaceFirst("(上年结转\\s+)1(\\s+0\\s+0\\s+0\\s+0\\s+0\\s+)1", "$12$22");
		}
		long seed = organ.hashCode() * 31L + year;
		if (organ.equals(COPIED) && year == 2025) {
			seed = organ.hashCode() * 31L + 2024;
		} else if (organ.equals(NEIGHBOUR_B) && year == 2023) {
			seed = NEIGHBOUR_A.hashCode() * 31L + 2023;
		}
		Random random = new Random(seed);
		Matcher m = PROSE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String fee = m.group(1).startsWith("六") ? "本机关本年度未收取信息处理费。" : "";
			m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + fee + prose(random) + m.group(2)));
		}
		m.appendTail(out);
		return out.toString();
	}

	/** A few sentences of characters drawn at random: no two organs or years write alike unless planted. */
	private static String prose(Random random) {
		List<String> sentences = new ArrayList<>();
		for (int s = 0; s < 6; s++) {
			StringBuilder sentence = new StringBuilder();
			for (int c = 0; c < 20 + random.nextInt(20); c++) {
				sentence.append(WORDS.charAt(random.nextInt(WORDS.length())));
			}
			sentences.add(sentence + "。");
		}
		return String.join("", sentences);
	}

	/** Characters of ordinary administrative prose (no digits, so nothing reads as a stated table number). */
	private static final String WORDS = "政务公开工作推进落实制度建设平台网站栏目内容更新解读回应培训监督考核机制规范办理答复质量效率群众企业服务便民"
			+ "信息发布管理水平提升完善加强深化优化健全统筹协调部门单位职责任务目标要求标准流程环节重点领域基层";
}
