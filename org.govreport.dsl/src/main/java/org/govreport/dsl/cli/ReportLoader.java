package org.govreport.dsl.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.govreport.dsl.GovReportStandaloneSetup;
import org.govreport.dsl.form.Forms;
import org.govreport.dsl.report.ArithmeticAnalysis;
import org.govreport.dsl.validation.GovReportValidator;

import com.google.inject.Injector;
import com.google.inject.Provider;

/** Reads .govreport files into parsed resources, one resource set per file, UTF-8 only. */
public final class ReportLoader {

	private ReportLoader() {
	}

	private static boolean preparing;

	/** Holds the injector: created on first use (it is the slow part of start-up), then read without a lock. */
	private static final class Language {
		static final Injector INJECTOR = new GovReportStandaloneSetup().createInjectorAndDoEMFRegistration();
		static final Provider<XtextResourceSet> RESOURCE_SETS = INJECTOR.getProvider(XtextResourceSet.class);
	}

	/**
	 * Starts creating the injector and the validator's checks (and reading the form model) on other
	 * threads, so that they overlap the command line's own start-up and the reading and parsing of the
	 * first file; the first {@link #injector()} call waits for the injector. Only the first call starts them.
	 */
	public static synchronized void prepareInBackground() {
		if (preparing) {
			return;
		}
		preparing = true;
		// Classes rather than lambdas: linking a process's first lambda takes several milliseconds, which
		// would hold the set-up back; the command line links its own meanwhile.
		for (Runnable part : new Runnable[] { new LanguageSetUp(), new FormModelSetUp() }) {
			Thread thread = new Thread(part, "govreport-setup");
			thread.setDaemon(true);
			thread.start();
		}
	}

	/** The injector, then the validator's checks. */
	private static final class LanguageSetUp implements Runnable {
		@Override
		public void run() {
			injector().getInstance(GovReportValidator.class).prepareChecks();
			// EMF's Diagnostician names the first validation's root diagnostic from its message bundle,
			// which is looked for under several locales and then read from the jar: about 6 ms.
			EcorePlugin.INSTANCE.getString("_UI_DiagnosticRoot_diagnostic", new Object[] { "" });
		}
	}

	/** The form model, then the equations of its default format. */
	private static final class FormModelSetUp implements Runnable {
		@Override
		public void run() {
			ArithmeticAnalysis.prepare(Forms.get().defaultForm());
		}
	}

	/** The language's injector, created on first use. */
	public static Injector injector() {
		return Language.INJECTOR;
	}

	/** Reads a file as strict UTF-8 (a BOM is allowed). */
	public static String readText(Path path) {
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(path);
		} catch (IOException e) {
			throw new UnreadableFileException(path, "无法读取文件：" + e.getMessage());
		}
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		} catch (CharacterCodingException e) {
			throw new UnreadableFileException(path,
					"不是 UTF-8 编码的文本（GBK 等编码的文件请先用 govreport import 导入或另存为 UTF-8）");
		}
	}

	/** Parses a file; its syntax errors are in the resource, not thrown. */
	public static XtextResource load(Path path) {
		return parse(path, readText(path));
	}

	/** Parses text as if it were the file at {@code path} (relative references resolve from there). */
	public static XtextResource parse(Path path, String text) {
		XtextResourceSet resourceSet = Language.RESOURCE_SETS.get();
		URI uri = URI.createFileURI(path.toAbsolutePath().normalize().toString());
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UnreadableFileException(path, "无法读取文件：" + e.getMessage());
		}
		return resource;
	}
}
