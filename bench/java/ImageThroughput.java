import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.beanpress.core.media.ImageInfo;
import org.beanpress.core.media.MediaProperties;
import org.beanpress.core.settings.PropertyDefaults;
import org.beanpress.worker.image.ImagePipeline;
import org.beanpress.worker.image.ImagePipelineProperties;
import org.beanpress.worker.image.RenderedVariant;

/**
 * Benchmark driver (not a test): renders WordPress's full size set from one original with the worker
 * tier's {@link ImagePipeline}, as the worker does, on a fixed pool of threads, in one long-lived JVM.
 * <p>
 * Usage: {@code java ... ImageThroughput <original> <work dir> <threads>}, then commands on stdin, one a
 * line, each answered with one line on stdout:
 * <ul>
 * <li>{@code run N}: renders N images (the full size set each), the threads taking them from a shared
 * counter, each thread into its own directory; answers {@code result images=N variants=V seconds=S
 * cpu_s=C gc_count=G gc_ms=M} (CPU time of the whole process: every thread, JIT and GC)</li>
 * <li>{@code quit}: answers {@code final vm_hwm_kib=K vm_rss_kib=R heap_peak_mib=H} and exits; VmHWM
 * is the process's peak resident set since it started</li>
 * </ul>
 * A failure (an OutOfMemoryError, say) answers {@code error <what>} and exits with status 1.
 */
public final class ImageThroughput {

	public static void main(String[] args) throws Exception {
		if (args.length != 3) {
			System.err.println("usage: ImageThroughput <original> <work dir> <threads>  (commands on stdin: run N | quit)");
			System.exit(2);
		}
		Path original = Path.of(args[0]);
		Path work = Path.of(args[1]);
		int threads = Integer.parseInt(args[2]);
		ImagePipeline pipeline = new ImagePipeline(PropertyDefaults.of(ImagePipelineProperties.class),
				PropertyDefaults.of(MediaProperties.class).maxPixels());
		// as the worker has it from the media row: probed once, at upload
		ImageInfo info = ImagePipeline.probe(original);
		List<Path> directories = new ArrayList<>();
		for (int i = 0; i < threads; i++) {
			directories.add(Files.createDirectories(work.resolve("t" + i)));
		}
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		int status = 0;
		try (BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
			String command;
			while ((command = commands.readLine()) != null) {
				command = command.trim();
				if (command.startsWith("run ")) {
					int images = Integer.parseInt(command.substring(4).trim());
					long gcCount = gcCount();
					long gcMillis = gcMillis();
					long cpu = cpuNanos();
					long start = System.nanoTime();
					int variants = run(pool, pipeline, original, info, directories, images);
					double seconds = (System.nanoTime() - start) / 1e9;
					System.out.println(String.format(Locale.ROOT,
							"result images=%d variants=%d seconds=%.3f cpu_s=%.3f gc_count=%d gc_ms=%d", images,
							variants, seconds, (cpuNanos() - cpu) / 1e9, gcCount() - gcCount, gcMillis() - gcMillis));
				}
				else if (command.equals("quit")) {
					break;
				}
				else if (!command.isEmpty()) {
					System.out.println("error unknown command: " + command);
				}
			}
			System.out.println("final vm_hwm_kib=" + status("VmHWM") + " vm_rss_kib=" + status("VmRSS")
					+ " heap_peak_mib=" + heapPeakMiB());
		}
		catch (ExecutionException ex) {
			System.out.println("error " + ex.getCause());
			status = 1;
		}
		finally {
			pool.shutdownNow();
		}
		System.out.flush();
		System.exit(status);
	}

	/** Renders {@code count} images and returns how many variants they made. */
	private static int run(ExecutorService pool, ImagePipeline pipeline, Path original, ImageInfo info,
			List<Path> directories, int count) throws Exception {
		AtomicInteger next = new AtomicInteger();
		List<Future<Integer>> futures = new ArrayList<>();
		for (Path directory : directories) {
			futures.add(pool.submit(() -> {
				int variants = 0;
				while (next.getAndIncrement() < count) {
					List<RenderedVariant> rendered = pipeline.render(original, info, directory);
					if (rendered.isEmpty()) {
						throw new IOException("no variants for " + original);
					}
					variants += rendered.size();
				}
				return variants;
			}));
		}
		int variants = 0;
		for (Future<Integer> future : futures) {
			variants += future.get();
		}
		return variants;
	}

	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static long gcCount() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionCount)
			.sum();
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.sum();
	}

	/** Sum of the heap pools' peaks (an upper bound of the heap's peak occupancy). */
	private static long heapPeakMiB() {
		long bytes = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				bytes += pool.getPeakUsage().getUsed();
			}
		}
		return bytes >> 20;
	}

	private static String status(String key) throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
			if (line.startsWith(key + ":")) {
				return line.substring(key.length() + 1).replace("kB", "").trim();
			}
		}
		return "?";
	}

}
