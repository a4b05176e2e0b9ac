"""Long work off the window's thread: reading an import, writing the book or a round's workbooks.

The work is Qt-free code (the readers and writers below ui/ never touch a widget), so it runs in a
plain worker thread while the window keeps painting and answering; a progress dialog shows how far it
is and can cancel it. Progress reaches the dialog through a value the window polls every few
milliseconds, never by touching a widget from the worker. Where the work must ask the user something
on the way (a workbook's password), :func:`ask_in_window` runs the question on the window's thread and
hands the answer back.

Before this, reading a 150-page PDF ran on the window's thread with ``processEvents`` between pages:
the window froze for as long as one page took (up to about 0.4 s) and the closed file chooser stayed
painted until the first page was done.
"""

from __future__ import annotations

import contextlib
import threading
from collections import deque
from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from ..core.progress import Cancelled

T = TypeVar("T")
Progress = Callable[[int, int], bool]  # (done, total) -> go on?

POLL_MS = 30  # how often the window looks at the worker: well under the 100 ms a person notices


class _Job(Generic[T]):
    def __init__(self, work: Callable[[Progress], T]) -> None:
        self.work = work
        self.done = threading.Event()
        self.cancelled = threading.Event()
        self.progress = (0, 0)
        self.result: T | None = None
        self.error: BaseException | None = None

    def step(self, done: int, total: int) -> bool:
        self.progress = (done, total)
        return not self.cancelled.is_set()

    def run(self) -> None:
        try:
            self.result = self.work(self.step)
        except BaseException as e:  # handed to the window's thread, raised there
            self.error = e
        finally:
            self.done.set()


# Questions the worker asks the window (a password): (function, answer, answered) triples, run by the
# poll. A deque's append and popleft are safe between threads (and the queue module is not loaded at start).
_Answer = list[tuple[bool, object]]
_questions: deque[tuple[Callable[[], object], _Answer, threading.Event]] = deque()


def ask_in_window(question: Callable[[], T]) -> T:
    """Run *question* (a dialog) on the window's thread and return its answer. From the window's own
    thread it simply runs it; from a worker it waits until the window has answered."""
    if threading.current_thread() is threading.main_thread():
        return question()
    answer: _Answer = []
    answered = threading.Event()
    _questions.append((question, answer, answered))
    answered.wait()
    ok, value = answer[0]
    if not ok:
        raise value  # type: ignore[misc]  # the question's own exception
    return value  # type: ignore[return-value]


def _answer_questions() -> None:
    while True:
        try:
            question, answer, answered = _questions.popleft()
        except IndexError:
            return
        try:
            answer.append((True, question()))
        except BaseException as e:
            answer.append((False, e))
        finally:
            answered.set()


def run_in_background(
    parent: QWidget | None,
    title: str,
    label: str,
    work: Callable[[Progress], T],
    cancel_text: str | None = None,
    delay_ms: int = 300,
) -> T:
    """Run ``work(progress)`` in a worker thread; show a cancellable progress dialog after *delay_ms*;
    return its result, or raise what it raised (:class:`Cancelled` when the user stopped it).

    *work* calls ``progress(done, total)`` as it goes and stops when that returns False. The window
    goes on painting meanwhile; input to it is blocked by the dialog (window-modal), as before."""
    from PySide6.QtCore import QEventLoop  # here: the first paint waits for neither class to be built
    from PySide6.QtWidgets import QProgressDialog

    job: _Job[T] = _Job(work)
    dialog = QProgressDialog(label, cancel_text or QCoreApplication.translate("background", "中止"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(delay_ms)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.canceled.connect(job.cancelled.set)
    dialog.setValue(0)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(POLL_MS)

    def poll() -> None:
        _answer_questions()
        if dialog.wasCanceled():  # 中止 (or Esc, or closing the dialog)
            job.cancelled.set()
        done, total = job.progress
        if total and dialog.maximum() != total:
            dialog.setMaximum(total)
        if total:
            dialog.setValue(min(done, total))
        if job.done.is_set():
            loop.quit()

    timer.timeout.connect(poll)
    worker = threading.Thread(target=job.run, name="roadmap-background", daemon=True)
    worker.start()
    timer.start()
    try:
        if not job.done.is_set():
            loop.exec()
        worker.join()
    finally:
        timer.stop()
        dialog.reset()
        dialog.deleteLater()
    if job.error is not None:
        raise job.error
    if job.cancelled.is_set():
        raise Cancelled
    return job.result  # type: ignore[return-value]  # set by a finished job


class _Finished(QObject):
    """Carries a worker's result to the window's thread (a signal emitted from another thread is
    queued to the receiver's thread by Qt)."""

    finished = Signal(object)


class BackgroundTask(QObject):
    """Quiet work that nobody waits for (the form's fit gauge): ``start(work)`` runs *work* in a worker
    and calls *done* with its result on the window's thread. A newer start supersedes an older one:
    only the latest result is delivered, so typing never shows the gauge of an earlier text."""

    def __init__(self, done: Callable[[object], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._done = done
        self._generation = 0
        self._carrier = _Finished(self)
        self._carrier.finished.connect(self._deliver)
        self.running = 0  # workers not yet finished (tests wait for 0)

    def start(self, work: Callable[[], object]) -> None:
        self._generation += 1
        generation = self._generation
        self.running += 1
        carrier = self._carrier

        def run() -> None:
            try:
                result: object = work()
            except Exception as e:  # an unexpected failure reaches the window's crash handler there
                result = e
            # RuntimeError: the widget that wanted it is gone (the window closed); nobody waits for it
            with contextlib.suppress(RuntimeError):
                carrier.finished.emit((generation, result))

        threading.Thread(target=run, name="roadmap-quiet", daemon=True).start()

    def _deliver(self, payload: tuple[int, object]) -> None:
        self.running -= 1
        generation, result = payload
        if generation != self._generation:
            return  # superseded by a newer start
        if isinstance(result, Exception):
            raise result
        self._done(result)
