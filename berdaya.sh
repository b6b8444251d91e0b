#!/usr/bin/env bash
# Berdaya for Linux and macOS: the first run makes a .venv beside this file and installs the game into
# it; every run then starts the game. Extra arguments go to the game (./berdaya.sh validate FILE).
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
venv="$here/.venv"

fail() {
    printf '\n%s\n%s\n\n' "$1" "$2" >&2
    read -r -p "Tekan Enter untuk menutup / Press Enter to close " _ || true
    exit 1
}

if [ ! -f "$venv/.berdaya-installed" ]; then
    python=""
    for candidate in python3 python; do
        if command -v "$candidate" >/dev/null 2>&1; then python="$candidate"; break; fi
    done
    [ -n "$python" ] || fail \
        "Python belum terpasang: pasang Python 3.10 atau lebih baru (python.org atau pengelola paket Anda)." \
        "Python is not installed: install Python 3.10 or newer (python.org or your package manager)."
    echo "Menyiapkan Berdaya (sekali saja, perlu internet) / Setting up Berdaya (once, needs internet)..."
    "$python" -m venv "$venv" || fail \
        "Gagal membuat .venv: di Debian/Ubuntu pasang dulu paket python3-venv." \
        "Could not create .venv: on Debian/Ubuntu install the python3-venv package first."
    "$venv/bin/python" -m pip install --quiet "$here" || fail \
        "Gagal memasang Berdaya dengan pip: periksa sambungan internet, lalu jalankan lagi." \
        "Could not install Berdaya with pip: check the internet connection, then run this again."
    touch "$venv/.berdaya-installed"
fi

"$venv/bin/python" "$here/run_game.py" "$@" || fail \
    "Berdaya berhenti dengan masalah (lihat pesan di atas)." \
    "Berdaya stopped with a problem (see the message above)."
