Console.WriteLine("mint-token: not built yet");
