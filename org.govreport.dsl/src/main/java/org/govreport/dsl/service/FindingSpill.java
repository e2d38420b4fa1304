package org.govreport.dsl.service;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The findings of a region audit's reports, written to a temporary file as each report is read (from any
 * thread) and read back one report at a time when the audit is printed: a country's reports have millions
 * of findings, and keeping them would make the audit's memory grow with its findings. The file is deleted
 * when the spill is closed (on Linux at once, so that not even a killed run leaves it behind). A report whose
 * findings cannot be written keeps them in memory: slower to run out of memory than to lose a finding.
 */
final class FindingSpill implements AutoCloseable {

	private final Path path;
	private final FileChannel file;
	private final long[] offsets;
	private final int[] lengths;
	private final Map<Integer, List<Finding>> kept = new ConcurrentHashMap<>();
	private long end;

	FindingSpill(int reports) {
		offsets = new long[reports];
		lengths = new int[reports];
		Path made = null;
		FileChannel opened = null;
		try {
			made = Files.createTempFile("govreport-audit-", ".findings");
			opened = FileChannel.open(made, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.DELETE_ON_CLOSE);
		} catch (IOException | UnsupportedOperationException | SecurityException e) {
			// no temporary file: every report's findings are kept in memory
		}
		path = made;
		file = opened;
	}

	/** Keeps the findings of one report; each report is put once. */
	void put(int report, List<Finding> findings) {
		if (findings.isEmpty()) {
			return;
		}
		if (file != null) {
			byte[] block = FindingCodec.encode(findings);
			long at;
			synchronized (this) {
				at = end;
				end += block.length;
			}
			try {
				ByteBuffer buffer = ByteBuffer.wrap(block);
				while (buffer.hasRemaining()) {
					file.write(buffer, at + buffer.position());
				}
				offsets[report] = at;
				lengths[report] = block.length;
				return;
			} catch (IOException e) {
				// a full disk: kept below
			}
		}
		kept.put(report, List.copyOf(findings));
	}

	/**
	 * The findings of one report, in the order they were put.
	 *
	 * @throws FileFailure when the temporary file cannot be read back
	 */
	List<Finding> get(int report) {
		List<Finding> inMemory = kept.get(report);
		if (inMemory != null) {
			return inMemory;
		}
		if (lengths[report] == 0) {
			return List.of();
		}
		ByteBuffer buffer = ByteBuffer.allocate(lengths[report]);
		try {
			while (buffer.hasRemaining()) {
				if (file.read(buffer, offsets[report] + buffer.position()) < 0) {
					throw new IOException("临时文件比写入的短");
				}
			}
		} catch (IOException e) {
			throw new FileFailure(path, FileFailure.UNREADABLE, "无法读回审核结果的临时文件：" + IoReasons.of(e));
		}
		return FindingCodec.decode(buffer.array());
	}

	@Override
	public void close() {
		if (file != null) {
			try {
				file.close();
			} catch (IOException e) {
				// the file goes with its last handle; nothing is left for the audit to do
			}
		}
	}
}
