package org.govreport.dsl.tests.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.govreport.dsl.region.OrganNames;
import org.junit.jupiter.api.Test;

class OrganNamesTest {

	@Test
	void widthsSpacesAndTheGovernmentSuffixDoNotCount() {
		String key = OrganNames.key("东温泉镇人民政府");
		assertEquals(key, OrganNames.key("东温泉镇 政府"));
		assertEquals(key, OrganNames.key("东温泉镇"));
		assertEquals(key, OrganNames.key("东温泉镇\u3000人民政府"));
		assertEquals(OrganNames.key("某县第１中学"), OrganNames.key("某县第1中学"));
	}

	@Test
	void otherWordsDo() {
		assertNotEquals(OrganNames.key("某县人民政府"), OrganNames.key("某县人民政府办公室"));
		assertNotEquals(OrganNames.key("某县农业局"), OrganNames.key("某县农业农村局"));
	}

	@Test
	void aNameThatIsOnlyTheSuffixKeepsIt() {
		assertEquals("人民政府", OrganNames.key("人民政府"));
	}

	@Test
	void writtenKeepsTheSuffixSoThatVariantsCanBeToldApart() {
		assertNotEquals(OrganNames.written("城关镇人民政府"), OrganNames.written("城关镇政府"));
		assertEquals(OrganNames.written("城关镇人民政府"), OrganNames.written("城关镇 人民政府"));
	}
}
