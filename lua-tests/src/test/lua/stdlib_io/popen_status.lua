-- closing a command's pipe gives true or nil, then "exit" and its status, or "signal" and the signal
print(io.popen("true"):close())
print(io.popen("exit 3"):close())
print(io.popen("exit 1", "w"):close())
print(io.popen("kill -9 $$"):close())
print(io.popen("kill -15 $$", "w"):close())
