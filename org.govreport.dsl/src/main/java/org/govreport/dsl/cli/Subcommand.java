package org.govreport.dsl.cli;

/**
 * A sub-command contributed by another module through {@link java.util.ServiceLoader}: a picocli
 * {@code @Command} class that implements this interface and is listed in
 * {@code META-INF/services/org.govreport.dsl.cli.Subcommand}.
 */
public interface Subcommand {
}
