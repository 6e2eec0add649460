//! The `notice` command: parses arguments and exits with 0 (clean), 1 (findings) or 2 (could not run).

fn main() -> std::process::ExitCode {
    notice::cli::main()
}
