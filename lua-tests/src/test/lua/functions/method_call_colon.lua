-- obj:m(args) calls obj.m(obj, args); function obj:m() adds the 'self' parameter.
local account = {balance = 100}
function account:deposit(n) self.balance = self.balance + n; return self end
function account.withdraw(self, n) self.balance = self.balance - n; return self end
account:deposit(50):withdraw(30)
print(account.balance)
account.deposit(account, 5)
print(account.balance)
local other = {balance = 0, deposit = account.deposit}
other:deposit(7)
print(other.balance, account.balance)
