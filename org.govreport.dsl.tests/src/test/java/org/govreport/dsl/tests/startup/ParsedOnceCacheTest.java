package org.govreport.dsl.tests.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.govreport.dsl.startup.ParsedOnceCache;
import org.govreport.dsl.tests.Fixture;
import org.govreport.dsl.tests.ReportTesting;
import org.junit.jupiter.api.Test;

/** The commands' resource cache: on the resource alone, kept while the report is read, cleared when it is replaced. */
class ParsedOnceCacheTest {

	private final ParsedOnceCache cache = new ParsedOnceCache();

	@Test
	void sitsOnTheResourceAloneAndKeepsWhatItWasGiven() {
		XtextResource resource = parsed();
		Object value = cache.get("key", resource, Object::new);
		assertSame(value, cache.get("key", resource, Object::new));
		OnChangeEvictingCache.CacheAdapter adapter = cache.getOrCreate(resource);
		assertTrue(resource.eAdapters().contains(adapter));
		int objects = 0;
		for (TreeIterator<EObject> all = resource.getAllContents(); all.hasNext(); objects++) {
			assertFalse(all.next().eAdapters().contains(adapter));
		}
		assertTrue(objects > 100, "a whole report's tree was looked at: " + objects);
	}

	@Test
	void replacingTheReportClearsIt() {
		XtextResource resource = parsed();
		Object value = cache.get("key", resource, Object::new);
		EObject report = resource.getContents().get(0);
		resource.getContents().clear();
		resource.getContents().add(report);
		assertNotSame(value, cache.get("key", resource, Object::new));
		assertEquals(1, resource.eAdapters().stream().filter(a -> a instanceof OnChangeEvictingCache.CacheAdapter).count());
	}

	/** A report parsed by the tests' injector, without the cache adapter its linker put on the whole tree. */
	private static XtextResource parsed() {
		XtextResource resource = ReportTesting.parse(Fixture.consistent().text());
		resource.eAdapters().removeIf(a -> a instanceof OnChangeEvictingCache.CacheAdapter);
		return resource;
	}
}
