from gri_check.entry import main

main()
