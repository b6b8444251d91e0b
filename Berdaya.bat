@echo off
rem Berdaya for Windows: the first run makes a .venv beside this file and installs the game into it;
rem every run then starts the game. Extra arguments go to the game.
setlocal
set "HERE=%~dp0"
set "VENV=%HERE%.venv"
if exist "%VENV%\.berdaya-installed" goto start

set "PY="
py -3 --version >nul 2>&1 && set "PY=py -3"
if not defined PY python --version >nul 2>&1 && set "PY=python"
if not defined PY (
    echo.
    echo Python belum terpasang: unduh dari python.org, centang "Add python.exe to PATH" saat memasang.
    echo Python is not installed: download it from python.org, tick "Add python.exe to PATH" when installing.
    goto failed
)
echo Menyiapkan Berdaya (sekali saja, perlu internet) / Setting up Berdaya (once, needs internet)...
%PY% -m venv "%VENV%"
if errorlevel 1 (
    echo Gagal membuat .venv / Could not create .venv.
    goto failed
)
"%VENV%\Scripts\python.exe" -m pip install --quiet "%HERE%."
if errorlevel 1 (
    echo Gagal memasang Berdaya dengan pip: periksa sambungan internet, lalu jalankan lagi.
    echo Could not install Berdaya with pip: check the internet connection, then run this again.
    goto failed
)
echo ok> "%VENV%\.berdaya-installed"

:start
"%VENV%\Scripts\python.exe" "%HERE%run_game.py" %*
if errorlevel 1 (
    echo Berdaya berhenti dengan masalah (lihat pesan di atas^) / Berdaya stopped with a problem (see above^).
    goto failed
)
exit /b 0

:failed
echo.
pause
exit /b 1
