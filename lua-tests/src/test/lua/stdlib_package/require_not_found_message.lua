-- require lists every place it searched: preload, each package.path and package.cpath template, the all-in-one loader
package.path = "./no_such_dir/?.lua;./no_such_dir/?/init.lua"
package.cpath = "./no_such_dir/?.so"
print(pcall(require, "missing.mod"))
package.path = ""
package.cpath = ""
print(pcall(require, "other"))
