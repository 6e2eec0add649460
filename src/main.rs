//! The `notice` command: parses arguments and exits with 0 (clean), 1 (findings) or 2 (could not run).

/// Counts the heap, so that a build is held to its memory bound (see `notice::budget`).
#[global_allocator]
static ALLOCATOR: notice::budget::Counting = notice::budget::Counting;

fn main() -> std::process::ExitCode {
    notice::cli::main()
}
