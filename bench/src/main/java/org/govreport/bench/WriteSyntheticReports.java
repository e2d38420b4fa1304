package org.govreport.bench;

import org.govreport.dsl.form.Forms;
import java.io.IOException;
import org.govreport.dsl.form.Forms;
import java.nio.charset.StandardCharsets;
import org.govreport.dsl.form.Forms;
import java.nio.file.Files;
import org.govreport.dsl.form.Forms;
import java.nio.file.Path;

/** Writes synthetic reports to a folder: {@code WriteSyntheticReports DIR COUNT} → DIR/report-001.govreport …. */
public final class WriteSyntheticReports {

	private WriteSyntheticReports() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Files.createDirectories(Path.of(args[0]));
		int count = Integer.parseInt(args[1]);
		SyntheticReports reports = new SyntheticReports(Forms.standard().defaultForm());
		for (int n = 1; n <= count; n++) {
			Files.writeString(dir.resolve(String.format("report-%03d.govreport", n)), reports.report(n), StandardCharsets.UTF_8);
		}
	}
}
