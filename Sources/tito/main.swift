import TitoCommands

Tito.main()
