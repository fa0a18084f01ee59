package dev.skyway.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.springframework.boot.context.metrics.buffering.StartupTimeline;

/**
 * Writes the steps of a start (Spring's {@code BufferingApplicationStartup}) as tab-separated lines: milliseconds,
 * step id, parent id, name, tags. Only when asked for ({@code -Dportal.startup.steps-file}); see bench/startup.sh.
 */
final class StartupSteps {

    private StartupSteps() {
    }

    static void write(StartupTimeline timeline, Path file) {
        List<String> lines = timeline.getEvents().stream().map(event -> {
            var step = event.getStartupStep();
            String tags = StreamSupport.stream(step.getTags().spliterator(), false)
                    .map(tag -> tag.getKey() + "=" + tag.getValue()).collect(Collectors.joining(" "));
            return event.getDuration().toMillis() + "\t" + step.getId() + "\t" + step.getParentId() + "\t"
                    + step.getName() + "\t" + tags.replace('\t', ' ').replace('\n', ' ');
        }).toList();
        try {
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
