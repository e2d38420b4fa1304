package org.govreport.dsl.service.findings;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The writer of each output format. */
public class FindingsWriters {

	@Inject
	private Provider<TextFindings> text;
	@Inject
	private Provider<JsonFindings> json;
	@Inject
	private Provider<SarifFindings> sarif;
	@Inject
	private Provider<GithubFindings> github;
	@Inject
	private Provider<GitlabFindings> gitlab;

	public FindingsWriter of(FindingsFormat format) {
		return switch (format) {
		case text -> text.get();
		case json -> json.get();
		case sarif -> sarif.get();
		case github -> github.get();
		case gitlab -> gitlab.get();
		};
	}
}
