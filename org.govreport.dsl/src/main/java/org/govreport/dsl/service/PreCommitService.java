package org.govreport.dsl.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.govreport.dsl.service.git.StagedReports;
import org.govreport.dsl.service.git.StagedReports.Staged;

import com.google.inject.Inject;

/**
 * What the pre-commit hook checks: each staged report, as it will be committed (not as the work tree has it),
 * is in the canonical layout (fmt --check) and passes the checks.
 */
public class PreCommitService {

	/**
	 * One staged report's verdict.
	 *
	 * @param path      its path in the work tree
	 * @param canonical whether it is in the canonical layout (true when it does not parse: check says why)
	 * @param findings  the checks' findings
	 * @param failure   why it could not be read, or null
	 */
	public record Verdict(Path path, boolean canonical, List<Finding> findings, FileFailure failure) {
	}

	@Inject
	private StagedReports staged;

	@Inject
	private ReportLoader loader;

	@Inject
	private CheckService checks;

	@Inject
	private FormatService formatting;

	/** @throws FileFailure when the folder is in no repository or its index cannot be read */
	public List<Verdict> check(Path folder) {
		List<Verdict> verdicts = new ArrayList<>();
		Path here = folder.toAbsolutePath();
		for (Staged file : staged.staged(folder)) {
			Path shown = here.relativize(file.path());
			if (file.failure() != null) {
				verdicts.add(new Verdict(shown, true, List.of(), file.failure()));
				continue;
			}
			try {
				verdicts.add(PerFile.run(shown, () -> {
					String text = loader.decode(shown, file.content());
					XtextResource resource = loader.parse(file.path(), text);
					boolean canonical = formatting.format(file.path(), text).equals(text);
					return new Verdict(shown, canonical, checks.check(shown, resource), null);
				}));
			} catch (FileFailure e) {
				verdicts.add(new Verdict(shown, true, List.of(), e));
			}
		}
		return verdicts;
	}
}
