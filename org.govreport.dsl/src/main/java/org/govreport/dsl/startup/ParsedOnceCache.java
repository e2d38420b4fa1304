package org.govreport.dsl.startup;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.OnChangeEvictingCache;

import com.google.inject.Singleton;

/**
 * Xtext's resource-scoped cache for the commands, whose reports are parsed once and never changed: its adapter
 * sits on the resource alone. Xtext's own adapter adds itself to every object of the tree so that any edit
 * clears the cache; on a report that is only read, that walk was a tenth of listing a report for the Git driver
 * (C1). The cache is still cleared when the resource's contents are replaced or unloaded. The language server,
 * whose documents do change, keeps Xtext's.
 */
@Singleton
public final class ParsedOnceCache extends OnChangeEvictingCache {

	@Override
	protected CacheAdapter createCacheAdapter() {
		return new ResourceAdapter();
	}

	private static final class ResourceAdapter extends CacheAdapter {

		/** A report's cache holds a handful of views, not Xtext's default of 500 slots. */
		private static final int CAPACITY = 16;

		ResourceAdapter() {
			super(CAPACITY);
		}

		@Override
		protected void setTarget(Resource target) {
			basicSetTarget(target);
		}

		@Override
		protected void addAdapter(Notifier notifier) {
			// not on the objects of the tree: nothing changes them
		}
	}
}
