-- package.searchpath lists every template it tried, an empty one as "no file ''"
print(package.searchpath("xuxu", "??;a?b;;./no/such/?"))
print(package.searchpath("a.b.c", "./no_such_dir/?.lua"))
print(package.searchpath("a.b", "./no_such_dir/?.lua", "", ""))
print(package.searchpath("a_b", "./no_such_dir/?.lua", "_", "-"))
print(package.searchpath("x", ";"))
