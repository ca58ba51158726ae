print("gouji")
