package org.govreport.dsl.ide.server;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What the client may set in {@code initializationOptions} (the VS Code extension passes its settings
 * there): {@code {"closedReports": N}} — list the problems of reports that are not open when the
 * workspace folders hold at most N reports; 0 never does.
 */
public record ServerSettings(int closedReports) {

	/** An office's own folder (a few organs, a few years) is listed whole; a Downloads folder is not. */
	public static final int DEFAULT_CLOSED_REPORTS = 100;

	/** Above this, listing would keep the client busy with problems nobody reads. */
	public static final int MAX_CLOSED_REPORTS = 10_000;

	public static ServerSettings of(Object initializationOptions) {
		int closedReports = DEFAULT_CLOSED_REPORTS;
		JsonElement value = initializationOptions instanceof JsonObject options ? options.get("closedReports") : null;
		if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
			closedReports = Math.max(0, Math.min(MAX_CLOSED_REPORTS, value.getAsInt()));
		}
		return new ServerSettings(closedReports);
	}
}
