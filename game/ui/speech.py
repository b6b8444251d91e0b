"""Read-aloud through espeak-ng, where it is installed; silent (with a reason) where it is not."""
from __future__ import annotations

import shutil
import subprocess
from typing import Optional

VOICES = {"id": "id", "en": "en"}
MAX_CHARS = 4000


class Speaker:
    def __init__(self, exe: Optional[str] = None):
        self.exe = exe if exe is not None else shutil.which("espeak-ng")
        self.proc: Optional[subprocess.Popen] = None

    @property
    def available(self) -> bool:
        return bool(self.exe)

    def say(self, text: str, lang: str) -> bool:
        """Start reading `text` (stopping whatever was being read); False when it cannot."""
        self.stop()
        text = " ".join(text.split())[:MAX_CHARS]
        if not self.available or not text:
            return False
        try:
            self.proc = subprocess.Popen([self.exe, "-v", VOICES.get(lang, "id"), "--", text],
                                         stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                         stderr=subprocess.DEVNULL)
        except OSError:
            self.proc = None
            return False
        return True

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=1)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.proc = None
