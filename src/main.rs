use clap::Parser;
use spanline::cli::{self, Cli};

// Drafting and proposing allocate many small, short-lived strings and lists on several threads
// at once; mimalloc serves them faster than the system allocator (see the README's benchmarks).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let args = Cli::parse();
    let analyst = cli::analyst_name(args.analyst.as_deref());
    let result = match args.command {
        Some(command) => cli::run(command, &analyst),
        None => spanline::app::run_window(args.project, analyst),
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        // Whoever read our output stopped reading (`spanline stats P.db | head -1`): done.
        Err(err)
            if err
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            std::process::ExitCode::SUCCESS
        }
        Err(err) => {
            // An error may quote a received file's values: no escape sequence reaches the
            // terminal.
            eprintln!("spanline: {}", cli::printable(&format!("{err:#}")));
            std::process::ExitCode::FAILURE
        }
    }
}
