#!/usr/bin/env bash
# Check scenarios (validate) and keep the window open: the files or folders given, or else the game's
# own folder for your scenarios (the one the game's Trainer screen shows).
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ ! -f "$here/.venv/.berdaya-installed" ]; then
    echo "Jalankan berdaya.sh sekali dulu / Run berdaya.sh once first."
    read -r -p "Tekan Enter untuk menutup / Press Enter to close " _ || true
    exit 1
fi
python="$here/.venv/bin/python"
if [ "$#" -eq 0 ]; then
    folder="$("$python" -c 'from game.datadirs import folders; print(folders().user_scenarios)')"
    mkdir -p "$folder"
    echo "Folder skenario Anda / Your scenario folder: $folder"
    set -- "$folder"
fi
"$python" "$here/run_game.py" validate "$@"
status=$?
read -r -p "Tekan Enter untuk menutup / Press Enter to close " _ || true
exit "$status"
