package org.govreport.dsl.service;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.govreport.dsl.imports.TextDecoding;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Reads .govreport files into parsed resources, one resource set per file, UTF-8 only. */
public class ReportLoader {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/** This injector's resources: not EMF's global registry, which holds whichever injector registered last. */
	@Inject
	private IResourceFactory resources;

	/** Reads a file as strict UTF-8 (a BOM is allowed). */
	public String readText(Path path) {
		return decode(path, InputFiles.read(path));
	}

	/** Decodes a report's bytes as strict UTF-8 (a BOM is allowed); {@code path} names it in the failure. */
	public String decode(Path path, byte[] bytes) {
		String text = TextDecoding.strictUtf8(bytes, 0);
		if (text == null) {
			throw new FileFailure(path, FileFailure.NOT_UTF8,
					"不是 UTF-8 编码的文本（GBK 等编码的文件请先用 govreport import 导入或另存为 UTF-8）");
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	/** Parses a file; its syntax errors are in the resource, not thrown. */
	public XtextResource load(Path path) {
		return parse(path, readText(path));
	}

	/** Parses text as if it were the file at {@code path} (relative references resolve from there). */
	public XtextResource parse(Path path, String text) {
		XtextResourceSet resourceSet = resourceSets.get();
		URI uri = URI.createFileURI(path.toAbsolutePath().normalize().toString());
		if (!ReportFiles.EXTENSION.equals("." + uri.fileExtension())) {
			// The language's resource factory is registered for .govreport: a report named r.txt or R.GOVREPORT
			// is parsed as if it were r.txt.govreport, beside itself, so its relative references still resolve.
			uri = uri.appendFileExtension(ReportFiles.EXTENSION.substring(1));
		}
		XtextResource resource = (XtextResource) resources.createResource(uri);
		resourceSet.getResources().add(resource);
		try {
			// Xtext reads a LazyStringInputStream's text as it is: not encoded here and decoded again there.
			resource.load(new LazyStringInputStream(text, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new FileFailure(path, FileFailure.UNREADABLE, "无法读取文件：" + IoReasons.of(e));
		}
		return resource;
	}
}
