-- Values of different types are never equal (numbers compare by mathematical value).
print(1 == "1", "1" == 1, 0 == false, nil == false)
print(1 == 1.0, -0.0 == 0, 0.5 == 1/2)
print("" == false, {} == nil)
