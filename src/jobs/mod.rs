//! Work that runs off the window's thread — search, import, merge and agreement planning,
//! image export, the integrity scan — in one shape: started with a closure, it reports
//! progress, can be asked to stop, and hands back one result that the owner polls for each
//! frame (or waits for).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};

/// Why a job failed: the error its work returned, kept with its type and its sources (a
/// [`crate::store::StoreError`], an I/O error, a message already worded) until it is shown.
pub type JobError = Box<dyn std::error::Error + Send + Sync>;

/// A job whose work ended without a result (it panicked).
#[derive(Debug, thiserror::Error)]
#[error("{0}: the work stopped unexpectedly")]
pub struct Stopped(pub String);

/// What the work sends back.
enum Message<T, P> {
    Progress(P),
    Done(Result<T, JobError>),
}

/// The working side: reports progress and the result, and hears a request to stop.
pub struct Reporter<T, P = ()> {
    sender: Sender<Message<T, P>>,
    cancel: Arc<AtomicBool>,
}

impl<T, P> Reporter<T, P> {
    /// Says how far the work has come.
    pub fn progress(&self, progress: P) {
        // Nobody may be listening any more (the window closed): the work just goes on.
        let _ = self.sender.send(Message::Progress(progress));
    }

    /// Whether the owner asked the work to stop.
    pub fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// The flag the work can hand on to code that checks it between steps.
    pub fn cancel_flag(&self) -> &AtomicBool {
        &self.cancel
    }

    /// Hands back the result.
    pub fn finish(self, result: Result<T, JobError>) {
        let _ = self.sender.send(Message::Done(result));
    }
}

/// Where a job stands.
pub enum Poll<'j, T, P> {
    /// Still working; the latest progress it reported, if any.
    Running(Option<&'j P>),
    Done(Result<T, JobError>),
}

/// The owning side of one piece of background work.
pub struct Job<T, P = ()> {
    /// What the work is, as the analyst reads it ("search", "import").
    pub name: String,
    receiver: Receiver<Message<T, P>>,
    cancel: Arc<AtomicBool>,
    progress: Option<P>,
    /// The result, once [`Job::wait_for_news`] has received it and no poll has taken it yet.
    result: Option<Result<T, JobError>>,
}

impl<T: Send + 'static, P: Send + 'static> Job<T, P> {
    /// Runs `work` on its own thread.
    pub fn spawn(
        name: &str,
        work: impl FnOnce(&Reporter<T, P>) -> Result<T, JobError> + Send + 'static,
    ) -> Self {
        let (job, reporter) = Self::pending(name);
        let spawned = std::thread::Builder::new()
            .name(name.to_owned())
            .spawn(move || {
                let result = work(&reporter);
                reporter.finish(result);
            });
        match spawned {
            Ok(_) => job,
            Err(err) => Self::finished(name, Err(format!("{name}: could not start: {err}").into())),
        }
    }
}

impl<T, P> Job<T, P> {
    /// A job whose result some other code will deliver through the [`Reporter`] (a callback,
    /// such as the screenshot an image export waits for).
    pub fn pending(name: &str) -> (Self, Reporter<T, P>) {
        let (sender, receiver) = mpsc::channel();
        let cancel = Arc::new(AtomicBool::new(false));
        let reporter = Reporter {
            sender,
            cancel: Arc::clone(&cancel),
        };
        let job = Self {
            name: name.to_owned(),
            receiver,
            cancel,
            progress: None,
            result: None,
        };
        (job, reporter)
    }

    /// A job already done.
    pub fn finished(name: &str, result: Result<T, JobError>) -> Self {
        let (job, reporter) = Self::pending(name);
        reporter.finish(result);
        job
    }

    /// Asks the work to stop at its next check.
    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    /// The latest progress reported.
    pub fn progress(&self) -> Option<&P> {
        self.progress.as_ref()
    }

    /// Where the job stands, without waiting. Once it says `Done`, the job is spent.
    pub fn poll(&mut self) -> Poll<'_, T, P> {
        if let Some(result) = self.result.take() {
            return Poll::Done(result);
        }
        loop {
            match self.receiver.try_recv() {
                Ok(Message::Progress(progress)) => self.progress = Some(progress),
                Ok(Message::Done(result)) => return Poll::Done(result),
                Err(TryRecvError::Empty) => return Poll::Running(self.progress.as_ref()),
                Err(TryRecvError::Disconnected) => {
                    return Poll::Done(Err(self.stopped()));
                }
            }
        }
    }

    /// The result, once the job is done.
    pub fn try_result(&mut self) -> Option<Result<T, JobError>> {
        match self.poll() {
            Poll::Done(result) => Some(result),
            Poll::Running(_) => None,
        }
    }

    /// Waits until the work reports progress or ends; [`Job::poll`] then says which.
    pub fn wait_for_news(&mut self) {
        if self.result.is_some() {
            return;
        }
        match self.receiver.recv() {
            Ok(Message::Progress(progress)) => self.progress = Some(progress),
            Ok(Message::Done(result)) => self.result = Some(result),
            Err(_) => self.result = Some(Err(self.stopped())),
        }
    }

    /// Waits for the result.
    pub fn wait(mut self) -> Result<T, JobError> {
        if let Some(result) = self.result.take() {
            return result;
        }
        for message in &self.receiver {
            if let Message::Done(result) = message {
                return result;
            }
        }
        Err(self.stopped())
    }

    fn stopped(&self) -> JobError {
        Box::new(Stopped(self.name.clone()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_job_reports_progress_then_its_result() {
        let (go, wait_for_go) = mpsc::channel::<()>();
        let mut job: Job<u32, usize> = Job::spawn("count", move |reporter| {
            reporter.progress(1);
            wait_for_go.recv()?;
            reporter.progress(2);
            Ok(42)
        });
        while job.progress().is_none() {
            assert!(matches!(job.poll(), Poll::Running(_)));
            std::thread::yield_now();
        }
        go.send(()).expect("the job listens");
        assert_eq!(job.wait().ok(), Some(42));
    }

    #[test]
    fn waiting_for_news_gives_the_progress_then_keeps_the_result_for_the_poll() {
        let (mut job, reporter): (Job<u8, &str>, _) = Job::pending("scan");
        reporter.progress("records sound");
        job.wait_for_news();
        assert_eq!(job.progress(), Some(&"records sound"));
        reporter.finish(Ok(3));
        job.wait_for_news();
        job.wait_for_news();
        assert_eq!(job.try_result().map(Result::ok), Some(Some(3)));
    }

    #[test]
    fn cancel_reaches_the_work() {
        let job: Job<&str> = Job::spawn("wait", |reporter| {
            while !reporter.cancelled() {
                std::thread::yield_now();
            }
            Ok("stopped")
        });
        job.cancel();
        assert_eq!(job.wait().ok(), Some("stopped"));
    }

    #[test]
    fn work_that_panics_is_reported_not_waited_for_forever() {
        let job: Job<()> = Job::spawn("crash", |_| panic!("boom"));
        let err = job.wait().expect_err("no result");
        assert!(err.is::<Stopped>(), "{err}");
        assert_eq!(err.to_string(), "crash: the work stopped unexpectedly");
    }

    #[test]
    fn a_pending_job_takes_its_result_from_elsewhere() {
        let (mut job, reporter): (Job<u8>, _) = Job::pending("image");
        assert!(job.try_result().is_none());
        reporter.finish(Ok(7));
        assert_eq!(job.try_result().map(Result::ok), Some(Some(7)));
    }
}
