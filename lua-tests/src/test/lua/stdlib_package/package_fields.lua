-- the package table: config, path and cpath strings, loaded (holding the standard libraries), preload, searchpath
print(package.config)
print(type(package.path), type(package.cpath), type(package.preload), type(package.searchpath))
print(package.loaded.string == string, package.loaded._G == _G, package.loaded.package == package)
print(package.loaded.table == table, package.loaded.coroutine == coroutine, package.loaded.math == math)
print(package.loaded.io == io, package.loaded.os == os, package.loaded.utf8 == utf8, package.loaded.debug == debug)
print(require("string") == string, require("_G") == _G)
print(type(package.loadlib))
