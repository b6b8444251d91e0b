@echo off
rem Check scenarios (validate) and keep the window open: the file or folder dropped on this file, or
rem else the game's own folder for your scenarios (the one the game's Trainer screen shows).
setlocal
set "HERE=%~dp0"
set "PYTHON=%HERE%.venv\Scripts\python.exe"
if not exist "%HERE%.venv\.berdaya-installed" (
    echo Jalankan Berdaya.bat sekali dulu / Run Berdaya.bat once first.
    pause
    exit /b 1
)
if not "%~1"=="" (
    "%PYTHON%" "%HERE%run_game.py" validate %*
    goto done
)
rem the game says where its folder is (a file between, which is simpler to quote than for /f)
"%PYTHON%" -c "from game.datadirs import folders; print(folders().user_scenarios)" > "%TEMP%\berdaya-folder.txt"
set /p FOLDER=<"%TEMP%\berdaya-folder.txt"
if not exist "%FOLDER%" mkdir "%FOLDER%"
echo Folder skenario Anda / Your scenario folder: %FOLDER%
"%PYTHON%" "%HERE%run_game.py" validate "%FOLDER%"

:done
echo.
pause
