package org.govreport.dsl.tests.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.govreport.dsl.ide.server.ServerSettings;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** initializationOptions as a client sends them (JSON), read into the server's settings. */
class ServerSettingsTest {

	private static int closedReports(String json) {
		JsonObject options = JsonParser.parseString(json).getAsJsonObject();
		return ServerSettings.of(options).closedReports();
	}

	@Test
	void noOptionsMeanTheDefault() {
		assertEquals(ServerSettings.DEFAULT_CLOSED_REPORTS, ServerSettings.of(null).closedReports());
		assertEquals(ServerSettings.DEFAULT_CLOSED_REPORTS, closedReports("{}"));
		assertEquals(ServerSettings.DEFAULT_CLOSED_REPORTS, closedReports("{\"closedReports\": \"all\"}"));
	}

	@Test
	void theLimitIsKeptWithinZeroAndTheCap() {
		assertEquals(500, closedReports("{\"closedReports\": 500}"));
		assertEquals(0, closedReports("{\"closedReports\": -3}"));
		assertEquals(ServerSettings.MAX_CLOSED_REPORTS, closedReports("{\"closedReports\": 1000000}"));
	}
}
