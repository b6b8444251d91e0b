"""Read-aloud through espeak-ng, where it is installed; silent (with a reason) where it is not."""

from __future__ import annotations

# shutil and subprocess are imported on first use: they cost start-up time, and most sessions never read aloud

VOICES = {"id": "id", "en": "en"}
MAX_CHARS = 4000


class Speaker:
    def __init__(self, exe: str | None = None):
        self._exe = exe
        self.proc = None

    @property
    def exe(self) -> str:
        if self._exe is None:
            import shutil  # noqa: PLC0415

            self._exe = shutil.which("espeak-ng") or ""
        return self._exe

    @property
    def available(self) -> bool:
        return bool(self.exe)

    def say(self, text: str, lang: str) -> bool:
        """Start reading `text` (stopping whatever was being read); False when it cannot."""
        self.stop()
        text = " ".join(text.split())[:MAX_CHARS]
        if not self.available or not text:
            return False
        import subprocess  # noqa: PLC0415

        try:
            self.proc = subprocess.Popen(
                [self.exe, "-v", VOICES.get(lang, "id"), "--", text],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError:
            self.proc = None
            return False
        return True

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            import subprocess  # noqa: PLC0415

            self.proc.terminate()
            try:
                self.proc.wait(timeout=1)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.proc = None
