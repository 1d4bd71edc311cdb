System.Console.WriteLine("legcheck");
